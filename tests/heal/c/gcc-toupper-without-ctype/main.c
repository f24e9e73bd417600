#include <stdio.h>

int main(void) {
    char word[] = "shout";
    for (int i = 0; word[i] != '\0'; i++) {
        word[i] = (char)toupper((unsigned char)word[i]);
    }
    puts(word);
    return 0;
}
