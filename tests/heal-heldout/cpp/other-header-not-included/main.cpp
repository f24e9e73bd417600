#include <iostream>

// Fibonacci numbers by repeated squaring of [[1 1] [1 0]].
int main()
{
    Matrix2 fib{{1, 1, 1, 0}};
    Matrix2 acc{{1, 0, 0, 1}};
    for (int i = 0; i < 10; ++i) {
        acc = acc * fib;
    }
    std::cout << acc << "\n";
    return 0;
}
