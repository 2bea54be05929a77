"""From a Case and its Report to .docx drafts: the template context, rendering, and template lint."""
