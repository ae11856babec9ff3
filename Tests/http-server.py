#!/usr/bin/env python3
"""A local HTTP server for quire's URL tests: writes its port to the file named by its one
argument, then serves until killed.

Routes: /article.html (Windows-1252, charset only in the header), /redirect/N (N redirects,
then the article), /loop (redirects to itself), /slow (answers after 5 s), /big (2 MB),
/missing (404), /notes.md (Markdown), /dir/page (no extension, HTML with a relative link),
/wrong-charset (UTF-8 under a charset nobody knows).
"""
import http.server
import os
import socketserver
import sys
import time

ARTICLE = ("<html><head><title>Caf\u00e9 notes</title></head><body><article><h1>Caf\u00e9 notes</h1>"
           "<p>\u201cQuoted\u201d words \u2013 \u00e9t\u00e9.</p><p><a href=\"other.html\">Relative</a></p>"
           "</article></body></html>").encode("cp1252")


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == "/article.html":
            self.send(200, ARTICLE, "text/html; charset=windows-1252")
        elif path.startswith("/redirect/"):
            count = int(path.rsplit("/", 1)[1])
            target = "/dir/page" if count == 0 else "/redirect/%d" % (count - 1)
            self.send(302, headers=[("Location", target)])
        elif path == "/loop":
            self.send(302, headers=[("Location", "/loop")])
        elif path == "/slow":
            time.sleep(5)
            self.send(200, b"<p>late</p>")
        elif path == "/big":
            self.send(200, b"<p>" + b"x" * (2 * 1024 * 1024) + b"</p>")
        elif path == "/wrong-charset":
            self.send(200, "<p>Déjà vu</p>".encode("utf-8"), "text/html; charset=no-such-charset")
        elif path == "/notes.md":
            self.send(200, b"# Notes\n\nSome *Markdown*.\n", "text/markdown; charset=utf-8")
        elif path == "/dir/page":
            self.send(200, b"<html><body><p>Page with <a href=\"other.html\">a relative link</a>.</p></body></html>")
        else:
            self.send(404, b"not found", "text/plain")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
with open(sys.argv[1] + ".part", "w") as port_file:
    port_file.write(str(server.server_address[1]))
os.rename(sys.argv[1] + ".part", sys.argv[1])
server.serve_forever()
