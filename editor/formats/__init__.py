"""Policies in and out: plain text and Markdown (later .docx and PDF)."""
