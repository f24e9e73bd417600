#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

static int count_vowels(const char* s) {
    int n = 0;
    for (; *s; ++s) {
        if (std::strchr("aeiouAEIOU", *s)) ++n;
    }
    return n;
}

int main() {
    std::string greeting = "Hello from the build machine";
    greeting += ", again";
    int v = count_vowels(greeting.c_str());
    std::printf("%d vowels\n", v);
    return v == 12 ? 0 : 1;
}
