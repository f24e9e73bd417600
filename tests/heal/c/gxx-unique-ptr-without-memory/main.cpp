#include <cstdio>

struct Config {
    int retries = 3;
};

int main() {
    std::unique_ptr<Config> config = std::make_unique<Config>();
    std::printf("%d\n", config->retries);
    return 0;
}
