// The one header that includes libcmark-gfm (Debian: libcmark-gfm-dev and
// libcmark-gfm-extensions-dev). It offers Swift a single call: GitHub-flavoured Markdown in,
// HTML out, with the table, task-list, autolink and strikethrough extensions.
#ifndef NYFORETAGARE_CCMARKGFM_SHIM_H
#define NYFORETAGARE_CCMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static inline void nyf_gfm_attach(cmark_parser *parser, const char *name) {
  cmark_syntax_extension *ext = cmark_find_syntax_extension(name);
  if (ext != NULL) {
    cmark_parser_attach_syntax_extension(parser, ext);
  }
}

// Whether a link's destination may run or read something: the schemes cmark's own safe mode
// refuses (javascript:, vbscript:, file:, and data: other than a few image types).
static inline int nyf_gfm_dangerous_url(const char *url) {
  if (url == NULL) {
    return 0;
  }
  static const char *const schemes[] = {"javascript:", "vbscript:", "file:", "data:"};
  for (size_t i = 0; i < sizeof(schemes) / sizeof(schemes[0]); i++) {
    size_t n = strlen(schemes[i]);
    if (strncasecmp(url, schemes[i], n) == 0) {
      if (i == 3 && (strncasecmp(url, "data:image/png", 14) == 0 || strncasecmp(url, "data:image/gif", 14) == 0 ||
                     strncasecmp(url, "data:image/jpeg", 15) == 0 || strncasecmp(url, "data:image/webp", 15) == 0)) {
        return 0;
      }
      return 1;
    }
  }
  return 0;
}

// Renders Markdown as HTML as cmark's safe mode would - raw HTML is replaced by a comment and
// dangerous link destinations are emptied - except that an inline `<br>`, the only raw HTML
// the program's own Markdown writes (a line break in a table cell, where cmark allows no hard
// break), is kept. Returns a string allocated by cmark (free it with nyf_gfm_free), or NULL
// when out of memory.
// Parses GitHub-flavoured Markdown with the table, task-list, autolink and strikethrough
// extensions. Returns the document (free it with cmark_node_free) and sets *parser (free it with
// cmark_parser_free after rendering, which needs its extensions); NULL when out of memory.
static inline cmark_node *nyf_gfm_parse(const char *text, size_t length, cmark_parser **parser) {
  cmark_gfm_core_extensions_ensure_registered();
  *parser = cmark_parser_new(CMARK_OPT_VALIDATE_UTF8);
  if (*parser == NULL) {
    return NULL;
  }
  nyf_gfm_attach(*parser, "table");
  nyf_gfm_attach(*parser, "tasklist");
  nyf_gfm_attach(*parser, "autolink");
  nyf_gfm_attach(*parser, "strikethrough");
  cmark_parser_feed(*parser, text, length);
  cmark_node *document = cmark_parser_finish(*parser);
  if (document == NULL) {
    cmark_parser_free(*parser);
    *parser = NULL;
  }
  return document;
}

static inline char *nyf_gfm_render_html(const char *text, size_t length) {
  cmark_parser *parser = NULL;
  cmark_node *document = nyf_gfm_parse(text, length, &parser);
  if (document == NULL) {
    return NULL;
  }
  // Only leaves' literals and links' destinations change: the tree keeps its shape, so the
  // iterator stays valid.
  cmark_iter *iter = cmark_iter_new(document);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    if (event != CMARK_EVENT_ENTER) {
      continue;
    }
    cmark_node *node = cmark_iter_get_node(iter);
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK) {
      const char *literal = cmark_node_get_literal(node);
      if (type == CMARK_NODE_HTML_INLINE && literal != NULL && strcmp(literal, "<br>") == 0) {
        continue;
      }
      cmark_node_set_literal(node, type == CMARK_NODE_HTML_BLOCK ? "<!-- raw HTML omitted -->\n"
                                                                   : "<!-- raw HTML omitted -->");
    } else if ((type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) &&
               nyf_gfm_dangerous_url(cmark_node_get_url(node))) {
      cmark_node_set_url(node, "");
    }
  }
  cmark_iter_free(iter);
  char *html = cmark_render_html(document, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser));
  cmark_node_free(document);
  cmark_parser_free(parser);
  return html;
}

// Frees a string returned by nyf_gfm_render_html.
static inline void nyf_gfm_free(char *html) {
  cmark_get_default_mem_allocator()->free(html);
}

#include "plaintext.h"

#endif
