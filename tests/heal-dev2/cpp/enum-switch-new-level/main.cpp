#include <iostream>
#include <string>

enum class Level { Debug, Info, Warn, Error, Fatal };

static int syslog_priority(Level l) {
    switch (l) {
    case Level::Debug: return 7;
    case Level::Info: return 6;
    case Level::Warn: return 4;
    case Level::Error: return 3;
    }
    return -1;
}

int main() {
    int p = syslog_priority(Level::Fatal);
    std::cout << "fatal -> " << p << "\n";
    return p == 2 ? 0 : 1;
}
