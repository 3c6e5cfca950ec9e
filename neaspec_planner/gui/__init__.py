"""Dock widget workflow and background task runners."""
