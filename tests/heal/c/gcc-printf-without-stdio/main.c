int main(void) {
    int answer = 6 * 7;
    printf("the answer is %d\n", answer);
    return 0;
}
