"""Import WordPress eXtended RSS (WXR) exports: see importer.py."""
