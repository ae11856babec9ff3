#!/usr/bin/env python3
"""A local HTTP server for quire's URL tests: writes its port to the file named by its first
argument, then serves until killed. With a second argument, appends the path of every request
it receives to that file, one a line, so tests can tell what was fetched and how often.

Routes: /article.html (Windows-1252, charset only in the header), /redirect/N (N redirects,
then the article), /loop (redirects to itself), /slow (answers after 5 s), /big (2 MB),
/missing (404), /notes.md (Markdown), /dir/page (no extension, HTML with a relative link),
/wrong-charset (UTF-8 under a charset nobody knows), /redirect-to?url=U (a redirect to U).

An article with pictures (issue 17): /gallery/article.html?n=N&cover=PATH (every form of image
a page uses, an og:image, 1200x630 unless PATH names another, and /img/shared.png, which every
N shares), /gallery/relative.gif and
/img/NAME: PNG, JPEG, GIF, WebP, AVIF and (broken) HEIC bytes chosen by NAME's extension; /img/missing.png
is a 404; /img/huge-WxH.png is a PNG of that size.

Hostile pages that name local files (?path=/absolute/file.png, /etc/hostname by default):
/local/img.html, /local/srcset.html, /local/picture.html, /local/base.html (<base href="file://...">),
/local/jsonld.html (JSON-LD image), /local/notes.md (absolute, ../ and bare paths),
/local/doc.json (a quire document with file: and absolute images and cover);
/svg-script.html (an SVG data: image with a script), /links.html (javascript:, vbscript:,
data: and file: links).
"""
import base64
import json
import http.server
import os
import socketserver
import struct
import sys
import time
import urllib.parse
import zlib

ARTICLE = ("<html><head><title>Caf\u00e9 notes</title></head><body><article><h1>Caf\u00e9 notes</h1>"
           "<p>\u201cQuoted\u201d words \u2013 \u00e9t\u00e9.</p><p><a href=\"other.html\">Relative</a></p>"
           "</article></body></html>").encode("cp1252")


SVG_SCRIPT = ('<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><script>alert(1)</script>'
              '<rect width="8" height="8" fill="teal"/><!-- ' + 'padding ' * 40 + '--></svg>').encode()


def page(body, head=""):
    return ("<!DOCTYPE html><html><head><title>Hostile page</title>%s</head><body><article><h1>Hostile page</h1>"
            "<p>A paragraph of ordinary text, long enough to be the article a reader wants.</p>%s"
            "<p>Another paragraph of ordinary text after the picture.</p></article></body></html>"
            % (head, body)).encode()


def local_route(path, target):
    """The hostile document for /local/NAME, naming the local file `target`."""
    folder, name = target.rsplit("/", 1)
    url = "file://" + target
    if path == "/local/img.html":
        return page('<p><img src="%s" alt="img-file"></p>' % url), "text/html"
    if path == "/local/srcset.html":
        return page('<p><img srcset="%s 2x, %s 800w" alt="img-srcset"></p>' % (url, url)), "text/html"
    if path == "/local/picture.html":
        return page('<picture><source srcset="%s" type="image/png"><img alt="img-picture"></picture>' % url), "text/html"
    if path == "/local/base.html":
        return page('<p><img src="%s" alt="img-base"> <a href="%s">a local link</a></p>' % (name, name),
                    '<base href="file://%s/">' % folder), "text/html"
    if path == "/local/jsonld.html":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hostile page", "image": url}
        return page("", '<script type="application/ld+json">%s</script>' % json.dumps(data)), "text/html"
    if path == "/local/notes.md":
        return ("# Notes\n\n![abs](%s) ![up](../%s) ![bare](%s) ![file](%s)\n" % (target, name, name, url)).encode(), \
            "text/markdown"
    if path == "/local/doc.json":
        image = lambda source: {"type": "image", "source": source, "alt": "json"}
        doc = {"format": "quire-document", "version": 1, "metadata": {"title": "Hostile", "cover_image": target},
               "blocks": [{"type": "paragraph", "content": [image(target), image(url), image(name)]}]}
        return json.dumps(doc).encode(), "application/json"
    return None, None


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR42mP4z8AARwzEcQCukw/xOF6MEQAAAABJRU5ErkJggg==")
GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
# A 16x8 teal JPEG and the same as a lossy WebP, generated with libgd for these tests.
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAYABgAAD//gA7Q1JFQVRPUjogZ2QtanBlZyB2MS4wICh1c2luZyBJSkcgSlBFRyB2NjIpLCBxdWFsaXR5ID0gODAK"
    "/9sAQwAGBAUGBQQGBgUGBwcGCAoQCgoJCQoUDg8MEBcUGBgXFBYWGh0lHxobIxwWFiAsICMmJykqKRkfLTAtKDAlKCko/9sAQwEHBwcKCAoT"
    "CgoTKBoWGigoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo/8AAEQgACAAQAwEiAAIRAQMRAf/EAB8A"
    "AAEFAQEBAQEBAAAAAAAAAAABAgMEBQYHCAkKC//EALUQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHw"
    "JDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeo"
    "qaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+v/EAB8BAAMBAQEBAQEBAQEAAAAAAAABAgMEBQYHCAkK"
    "C//EALURAAIBAgQEAwQHBQQEAAECdwABAgMRBAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGBkaJicoKSo1Njc4OTpD"
    "REVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW"
    "19jZ2uLj5OXm5+jp6vLz9PX29/j5+v/aAAwDAQACEQMRAD8A4yiiivZPzY//2Q==")
WEBP = base64.b64decode("UklGRjgAAABXRUJQVlA4ICwAAACQAQCdASoQAAgAAUAmJaACdLoAA5gA/vBTH+j64RZGX/7Gb/56P/z0f6hgAA==")
# The same picture as AVIF, also from libgd.
AVIF = base64.b64decode(
    "AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUIAAADybWV0YQAAAAAAAAAoaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAGxpYmF2aWYA"
    "AAAADnBpdG0AAAAAAAEAAAAeaWxvYwAAAABEAAABAAEAAAABAAABGgAAAB0AAAAoaWluZgAAAAAAAQAAABppbmZlAgAAAAABAABhdjAxQ29sb3IA"
    "AAAAamlwcnAAAABLaXBjbwAAABRpc3BlAAAAAAAAABAAAAAIAAAAEHBpeGkAAAAAAwgICAAAAAxhdjFDgQAMAAAAABNjb2xybmNseAABAA0AAYAA"
    "AAAXaXBtYQAAAAAAAAABAAEEAQKDBAAAACVtZGF0EgAKCBgMv/JAQ0BhMg8XgAAAQAAPTcJWaeabKXw=")
# The start of a HEIC file: recognised, but not a picture libgd can decode.
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
IMAGES = {".png": (PNG, "image/png"), ".jpg": (JPEG, "image/jpeg"), ".gif": (GIF, "image/gif"),
          ".webp": (WEBP, "image/webp"), ".avif": (AVIF, "image/avif"), ".heic": (HEIC, "image/heic")}


def flat_png(width, height):
    """A PNG of one colour, of any size: /img/huge-WxH.png."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\x20\x80\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def gallery(base, number, cover):
    """An article that shows a picture in every way pages do."""
    private = "http://[::ffff:127.0.0.1]:%s/img/private.png" % base.rsplit(":", 1)[1]
    body = """<p>Article %s opens with a paragraph long enough to be the text a reader came for, before any picture.</p>
<figure><img src="/img/plain.png" alt="A plain picture"><figcaption>A plain PNG, with its caption.</figcaption></figure>
<p><img src="relative.gif" alt="A relative GIF"></p>
<figure><img src="/img/w400.jpg" srcset="/img/w800.jpg 800w, /img/w1600.jpg 1600w, /img/w3200.jpg 3200w" alt="A srcset photo"></figure>
<picture><source type="image/avif" srcset="/img/pic.avif"><source srcset="/img/pic-700.jpg 700w, /img/pic-1400.jpg 1400w"><img src="/img/pic-small.jpg" alt="A picture element"></picture>
<p><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="/img/lazy.jpg" loading="lazy" alt="A lazy picture"></p>
<p><img class="lazyload" data-srcset="/img/lazyset-400.png 400w, /img/lazyset-1200.png 1200w" alt="A lazy srcset"></p>
<p><img data-original="/img/original.png" alt="A data-original picture"></p>
<p><img src="%s/img/absolute.png" alt="An absolute URL"></p>
<p><img src="/img/photo.webp" alt="A WebP picture"></p>
<p><img src="/img/photo.avif" alt="An AVIF picture"></p>
<p><img src="/img/broken.heic" alt="A broken HEIC picture"></p>
<figure><img src="/img/missing.png" alt="A missing picture"><figcaption>The caption of the missing picture.</figcaption></figure>
<p><img src="/redirect-to?url=/img/redirected.png" alt="A redirected picture"></p>
<p><img src="%s" alt="A private picture"></p>
<p><img src="file:///etc/hostname" alt="A file picture"></p>
<p><img src="/img/shared.png" alt="A shared picture"></p>
<p>The article closes with a last paragraph of ordinary text, after every picture.</p>""" % (number, base, private)
    head = '<meta property="og:image" content="%s">' % cover
    return ("<!DOCTYPE html><html><head><title>Gallery %s</title>%s</head><body><article><h1>Gallery %s</h1>%s"
            "</article></body></html>" % (number, head, number, body)).encode()


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
        if len(sys.argv) > 2:
            with open(sys.argv[2], "a") as log:
                log.write(self.path + "\n")
        path = self.path.split("?", 1)[0]
        query = urllib.parse.parse_qs(self.path.split("?", 1)[1] if "?" in self.path else "")
        if path.startswith("/local/"):
            body, content_type = local_route(path, query.get("path", ["/etc/hostname"])[0])
            if body is None:
                self.send(404, b"not found", "text/plain")
            else:
                self.send(200, body, content_type + "; charset=utf-8")
        elif path == "/svg-script.html":
            source = "data:image/svg+xml;base64," + base64.b64encode(SVG_SCRIPT).decode()
            self.send(200, page('<p><img src="%s" alt="img-svg"></p>' % source))
        elif path == "/links.html":
            links = ['<a href="javascript:alert(1)">one</a>', '<a href=" JavaScript:alert(2)">two</a>',
                     '<a href="vbscript:msgbox(3)">three</a>', '<a href="data:text/html,&lt;script&gt;alert(4)&lt;/script&gt;">four</a>',
                     '<a href="file:///etc/passwd">five</a>', '<a href="/safe.html">six</a>']
            self.send(200, page("<p>%s</p>" % " ".join(links)))
        elif path == "/article.html":
            self.send(200, ARTICLE, "text/html; charset=windows-1252")
        elif path.startswith("/redirect/"):
            count = int(path.rsplit("/", 1)[1])
            target = "/dir/page" if count == 0 else "/redirect/%d" % (count - 1)
            self.send(302, headers=[("Location", target)])
        elif path == "/gallery/article.html":
            base = "http://%s:%d" % self.server.server_address[:2]
            self.send(200, gallery(base, query.get("n", ["1"])[0], query.get("cover", ["/img/huge-1200x630.png"])[0]))
        elif path == "/gallery/relative.gif":
            self.send(200, GIF, "image/gif")
        elif path.startswith("/img/huge-") and path.endswith(".png"):
            width, height = path[len("/img/huge-"):-len(".png")].split("x")
            self.send(200, flat_png(int(width), int(height)), "image/png")
        elif path.startswith("/img/") and path != "/img/missing.png" and path[path.rfind("."):] in IMAGES:
            body, content_type = IMAGES[path[path.rfind("."):]]
            self.send(200, body, content_type)
        elif path == "/redirect-to":
            self.send(302, headers=[("Location", query.get("url", ["/"])[0])])
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
