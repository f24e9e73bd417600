#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Return a newly allocated upper-case copy of src, or NULL. */
char *str_upper_dup(const char *src)
{
	size_t n = strlen(src);
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++)
		out[i] = (char)toupper((unsigned char)src[i]);
	out[n] = '\0';
	return out;
}
