type Matrix = Vec<Vec<i64>>;

fn identity(n: usize) -> Matrix {
    (0..n).map(|i| (0..n).map(|j| if i == j { 1 } else { 0 }).collect()).collect()
}

fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    let n = a.len();
    let m = b[0].len();
    let k = b.len();
    let mut out = vec![vec![0; m]; n];
    for i in 0..n {
        for j in 0..m {
            for t in 0..k {
                out[i][j] += a[i][t] * b[t][j];
            }
        }
    }
    out
}

fn power(m: &Matrix, mut e: u32) -> Matrix {
    let mut result = identity(m.len());
    let mut base = m.clone();
    while e > 0 {
        if e & 1 == 1 {
            result = multiply(&result, &base);
        }
        base = multiply(&base, &base);
        e >>= 1;
    }
    result
}

fn main() {
    let fib = vec![vec![1, 1], vec![1, 0]];
    let f30 = power(&fib, 30);
    println!("fib(30) = {}", f30[0][1];
    assert_eq!(f30[0][1], 832040);
}
