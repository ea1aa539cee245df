"""One adapter per API: parse a request into (prompt, exact context), read an answer from a
JSON body or an SSE stream, and replay a cached answer in that API's format."""
