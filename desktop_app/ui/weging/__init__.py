"""The Weging tab: wegingen, the safety-scale chart and product hours."""
