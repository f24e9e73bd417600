#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Connection {
    explicit Connection(std::string h) : host(std::move(h)) {}
    std::string host;
};

class Pool {
public:
    void release(std::unique_ptr<Connection> conn) {
        idle_.push_back(conn);
    }
    std::size_t idle() const { return idle_.size(); }

private:
    std::vector<std::unique_ptr<Connection>> idle_;
};

int main() {
    Pool pool;
    pool.release(std::make_unique<Connection>("db-1"));
    pool.release(std::make_unique<Connection>("db-2"));
    std::cout << pool.idle() << " idle connections\n";
    return 0;
}
