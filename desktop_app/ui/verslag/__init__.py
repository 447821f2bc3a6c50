"""Paper on screen and to the printer: the preview of a printed document, saving it as PDF,
printing it, and the printed outcomes of a meeting it is opened for."""
