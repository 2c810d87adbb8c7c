// Markdown to clean text for paper: no Markdown syntax left. Included by shim.h.
#ifndef NYFORETAGARE_CCMARKGFM_PLAINTEXT_H
#define NYFORETAGARE_CCMARKGFM_PLAINTEXT_H

// Whether a node is of an extension's type ("table", "table_row", "table_cell").
static inline int nyf_gfm_is(cmark_node *node, const char *type) {
  const char *name = cmark_node_get_type_string(node);
  return name != NULL && strcmp(name, type) == 0;
}

// The number of characters (code points) of a heading's text, counting its text and code.
static inline int nyf_gfm_text_width(cmark_node *node) {
  int count = 0;
  cmark_iter *iter = cmark_iter_new(node);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node *n = cmark_iter_get_node(iter);
    cmark_node_type t = cmark_node_get_type(n);
    if (event == CMARK_EVENT_ENTER && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE)) {
      const char *s = cmark_node_get_literal(n);
      for (; s != NULL && *s; s++) {
        if (((unsigned char)*s & 0xC0) != 0x80) {
          count++;
        }
      }
    }
  }
  cmark_iter_free(iter);
  return count;
}

// Appends a text node to a parent; returns 0 when out of memory.
static inline int nyf_gfm_append_text(cmark_node *parent, const char *literal) {
  cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
  if (text == NULL) {
    return 0;
  }
  cmark_node_set_literal(text, literal);
  return cmark_node_append_child(parent, text);
}

// Turns a table into a tight bullet list: one item per body row, "first cell · Header: cell · …".
// The table is unlinked, not freed: the moved text still points into its cells' memory, so the
// caller frees it after rendering.
static inline void nyf_gfm_table_to_list(cmark_node *table) {
  cmark_node *list = cmark_node_new(CMARK_NODE_LIST);
  if (list == NULL) {
    return;
  }
  cmark_node_set_list_type(list, CMARK_BULLET_LIST);
  cmark_node_set_list_tight(list, 1);
  cmark_node *header = cmark_node_first_child(table);
  cmark_node *row = header == NULL ? NULL : cmark_node_next(header);
  for (; row != NULL; row = cmark_node_next(row)) {
    cmark_node *item = cmark_node_new(CMARK_NODE_ITEM);
    cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
    if (item == NULL || para == NULL || !cmark_node_append_child(item, para) || !cmark_node_append_child(list, item)) {
      break;
    }
    cmark_node *head = cmark_node_first_child(header);
    int column = 0;
    for (cmark_node *cell = cmark_node_first_child(row); cell != NULL; cell = cmark_node_next(cell), column++) {
      if (cmark_node_first_child(cell) == NULL) {
        head = head == NULL ? NULL : cmark_node_next(head);
        continue;
      }
      if (column > 0) {
        nyf_gfm_append_text(para, " · ");
        if (head != NULL && cmark_node_first_child(head) != NULL) {
          // The header's text, then ": ".
          for (cmark_node *h = cmark_node_first_child(head); h != NULL; h = cmark_node_next(h)) {
            const char *literal = cmark_node_get_literal(h);
            if (literal != NULL) {
              nyf_gfm_append_text(para, literal);
            }
          }
          nyf_gfm_append_text(para, ": ");
        }
      }
      cmark_node *child;
      while ((child = cmark_node_first_child(cell)) != NULL) {
        if (cmark_node_get_type(child) == CMARK_NODE_HTML_INLINE) {
          cmark_node_free(child);
          nyf_gfm_append_text(para, " ");
          continue;
        }
        if (!cmark_node_append_child(para, child)) {
          cmark_node_free(child);
        }
      }
      head = head == NULL ? NULL : cmark_node_next(head);
    }
  }
  if (cmark_node_insert_before(table, list)) {
    cmark_node_unlink(table);
  } else {
    cmark_node_free(list);
  }
}

// Renders Markdown as clean text wrapped at `width`: headings underlined (= and -), tables as
// lists of "first cell · Header: cell", task lists as [ ] and [x] to tick on paper, links as
// their text (autolinks as the address), no raw HTML. Free the result with nyf_gfm_free.
static inline char *nyf_gfm_render_text(const char *text, size_t length, int width) {
  cmark_parser *parser = NULL;
  cmark_node *document = nyf_gfm_parse(text, length, &parser);
  if (document == NULL) {
    return NULL;
  }
  // Collect first: the tree changes shape.
  size_t count = 0, capacity = 0;
  cmark_node **nodes = NULL;
  cmark_iter *iter = cmark_iter_new(document);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node *node = cmark_iter_get_node(iter);
    if (event != CMARK_EVENT_ENTER || !(nyf_gfm_is(node, "table") || cmark_node_get_type(node) == CMARK_NODE_HEADING)) {
      continue;
    }
    if (count == capacity) {
      size_t grown = capacity == 0 ? 32 : capacity * 2;
      cmark_node **bigger = (cmark_node **)realloc(nodes, grown * sizeof(cmark_node *));
      if (bigger == NULL) {
        break;
      }
      nodes = bigger;
      capacity = grown;
    }
    nodes[count++] = node;
  }
  cmark_iter_free(iter);
  for (size_t i = 0; i < count; i++) {
    if (cmark_node_get_type(nodes[i]) == CMARK_NODE_HEADING) {
      int level = cmark_node_get_heading_level(nodes[i]);
      int n = nyf_gfm_text_width(nodes[i]);
      if (n > width) {
        n = width;
      }
      if (level <= 2 && n > 0) {
        char *rule = (char *)malloc((size_t)n + 1);
        cmark_node *line_break = cmark_node_new(CMARK_NODE_LINEBREAK);
        if (rule != NULL && line_break != NULL && cmark_node_append_child(nodes[i], line_break)) {
          memset(rule, level == 1 ? '=' : '-', (size_t)n);
          rule[n] = 0;
          nyf_gfm_append_text(nodes[i], rule);
        } else if (line_break != NULL) {
          cmark_node_free(line_break);
        }
        free(rule);
      }
    } else {
      nyf_gfm_table_to_list(nodes[i]);
    }
  }
  char *out = cmark_render_plaintext(document, CMARK_OPT_DEFAULT, width);
  for (size_t i = 0; i < count; i++) {
    if (cmark_node_get_type(nodes[i]) != CMARK_NODE_HEADING && cmark_node_parent(nodes[i]) == NULL) {
      cmark_node_free(nodes[i]);
    }
  }
  free(nodes);
  cmark_node_free(document);
  cmark_parser_free(parser);
  return out;
}

#endif
