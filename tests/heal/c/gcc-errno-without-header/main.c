#include <stdio.h>
#include <string.h>

int main(void) {
    FILE *file = fopen("/nonexistent/selfheal/config", "r");
    if (file == NULL && errno == ENOENT) {
        printf("no config: %s\n", strerror(errno));
        return 0;
    }
    return 1;
}
