#include <cstddef>
#include <iostream>
#include <stdexcept>
#include <vector>

class RingBuffer {
public:
    explicit RingBuffer(std::size_t capacity) : m_data(capacity), m_capacity(capacity) {}

    void push(int value) {
        m_data[m_head] = value;
        m_head = (m_head + 1) % m_capacity;
        if (m_size < m_capcity) ++m_size;
    }

    int oldest() const {
        if (m_size == 0) throw std::out_of_range("empty");
        return m_data[(m_head + m_capacity - m_size) % m_capacity];
    }

    std::size_t size() const { return m_size; }

private:
    std::vector<int> m_data;
    std::size_t m_capacity;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

int main() {
    RingBuffer rb(3);
    for (int v : {10, 20, 30, 40, 50}) rb.push(v);
    std::cout << "size " << rb.size() << ", oldest " << rb.oldest() << '\n';
    return (rb.size() == 3 && rb.oldest() == 30) ? 0 : 1;
}
