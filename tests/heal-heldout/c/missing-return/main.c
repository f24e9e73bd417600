#include <stdio.h>
#include <string.h>

/* Maps a file extension to a MIME type. */
static const char *mime_type(const char *filename)
{
    const char *dot = strrchr(filename, '.');
    if (dot == NULL) {
        return "application/octet-stream";
    }
    if (strcmp(dot, ".html") == 0) {
        return "text/html";
    } else if (strcmp(dot, ".png") == 0) {
        return "image/png";
    } else if (strcmp(dot, ".json") == 0) {
        return "application/json";
    }
}

int main(void)
{
    const char *files[] = {"index.html", "logo.png", "data.json", "notes.txt", "Makefile"};
    for (int i = 0; i < 5; i++) {
        printf("%-11s %s\n", files[i], mime_type(files[i]));
    }
    return 0;
}
