// Accessors for the content blob. The bytes themselves come from the assembly file the
// ContentEmbedder plugin generates (`.incbin` of the blob it writes at build time).
#include "EmbeddedContentData.h"

extern const unsigned char nyforetagare_content_start[];
extern const unsigned char nyforetagare_content_end[];

const unsigned char *nyforetagare_content_bytes(void) { return nyforetagare_content_start; }

size_t nyforetagare_content_size(void) {
  return (size_t)(nyforetagare_content_end - nyforetagare_content_start);
}
