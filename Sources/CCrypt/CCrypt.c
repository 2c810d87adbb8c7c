#define _GNU_SOURCE
#include "CCrypt.h"

#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>

int ccrypt_hash(const char *phrase, const char *setting, char *out, size_t outlen) {
  if (phrase == NULL || setting == NULL || out == NULL || outlen == 0) return -1;
  out[0] = '\0';
  struct crypt_data *data = calloc(1, sizeof(struct crypt_data));
  if (data == NULL) return -1;
  const char *result = crypt_rn(phrase, setting, data, (int)sizeof(struct crypt_data));
  int status = -1;
  if (result != NULL && result[0] != '*') {
    size_t length = strlen(result);
    if (length < outlen) {
      memcpy(out, result, length + 1);
      status = 0;
    }
  }
  explicit_bzero(data, sizeof(struct crypt_data));
  free(data);
  return status;
}

int ccrypt_set_nondumpable(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }
