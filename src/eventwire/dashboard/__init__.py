"""The web dashboard: one static page that reads everything through the HTTP API (``eventwire serve``)."""
