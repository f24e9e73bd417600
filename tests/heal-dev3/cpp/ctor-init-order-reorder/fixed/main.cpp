#include <iostream>
#include <string>

class Connection {
public:
    Connection(std::string host, int port, int timeout_ms)
        : m_host(std::move(host)), m_port(port), m_timeout_ms(timeout_ms) {}

    std::string url() const { return "tcp://" + m_host + ":" + std::to_string(m_port); }
    int timeout() const { return m_timeout_ms; }

private:
    std::string m_host;
    int m_port;
    int m_timeout_ms;
};

static Connection with_defaults(const std::string& host) {
    return Connection(host, 5432, 3000);
}

int main() {
    Connection db = with_defaults("db.internal");
    std::cout << db.url() << " (timeout " << db.timeout() << " ms)\n";
    return db.url() == "tcp://db.internal:5432" ? 0 : 1;
}
