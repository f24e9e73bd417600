#include <algorithm>
#include <cstdint>
#include <iostream>
#include <limits>
#include <map>
#include <queue>
#include <string>
#include <utility>
#include <vector>

namespace transit {

using Weight = std::int64_t;
constexpr Weight kInfinity = std::numeric_limits<Weight>::max();

struct Edge {
    std::size_t to;
    Weight minutes;
};

class Network {
public:
    std::size_t add_stop(const std::string& name) {
        auto it = index_.find(name);
        if (it != index_.end()) {
            return it->second;
        }
        names_.push_back(name);
        adjacency_.emplace_back();
        index_[name] = names_.size() - 1;
        return names_.size() - 1;
    }

    void connect(const std::string& a, const std::string& b, Weight minutes) {
        std::size_t x = add_stop(a);
        std::size_t y = add_stop(b);
        adjacency_[x].push_back({y, minutes});
        adjacency_[y].push_back({x, minutes});
    }

    std::pair<Weight, std::vector<std::string>> route(const std::string& from,
                                                       const std::string& to) const {
        auto src = index_.find(from);
        auto dst = index_.find(to);
        if (src == index_.end() || dst == index_.end()) {
            return {kInfinity, {}};
        }
        std::vector<Weight> dist(names_.size(), kInfinity);
        std::vector<std::size_t> prev(names_.size(), names_.size());
        using Item = std::pair<Weight, std::size_t>;
        std::priority_queue<Item, std::vector<Item>, std::greater<Item>> pq;
        dist[src->second] = 0;
        pq.push({0, src->second});
        while (!pq.empty()) {
            auto [d, u] = pq.top();
            pq.pop();
            if (d > dist[u]) {
                continue;
            }
            for (const Edge& e : adjacency_[u]) {
                Weight nd = d + e.minutes;
                if (nd < dist[e.to]) {
                    dist[e.to] = nd;
                    prev[e.to] = u;
                    pq.push({nd, e.to});
                }
            }
        }
        std::vector<std::string> path;
        if (dist[dst->second] == kInfinity) {
            return {kInfinity, path};
        }
        for (std::size_t v = dst->second; v != names_.size(); v = prev[v]) {
            path.push_back(names_[v]);
        }
        std::reverse(path.begin(), path.end());
        return {dist[dst->second], path};
    }

    std::size_t stops() const { return names_.size(); }

private:
    std::vector<std::string> names_;
    std::vector<std::vector<Edge>> adjacency_;
    std::map<std::string, std::size_t> index_;
};

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            out += sep;
        }
        out += parts[i];
    }
    return out;
}

}  // namespace transit

int main() {
    transit::Network net;
    net.connect("Central", "Harbour", 7);
    net.connect("Central", "Museum", 4);
    net.connect("Museum", "University", 6);
    net.connect("Harbour", "University", 12);
    net.connect("University", "Airport", 18);
    net.connect("Harbour", "Airport", 30);
    net.add_stop("Depot");

    auto [minutes, path] = net.route("Central", "Airport");
    std::cout << transit::join(path, " -> ") << " (" << minutes << " min)\n";
    auto unreachable = net.route("Central", "Depot");
    std::cout << net.stops() << " stops; depot reachable: "
              << (unreachable.first != transit::kInfinity) << "\n";
    return minutes == 28 && path.size() == 4 ? 0 : 1;
}
