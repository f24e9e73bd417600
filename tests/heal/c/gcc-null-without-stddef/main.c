/*
 * A linked list node, without any #include: the fix goes after this comment.
 */

struct node {
    int value;
    struct node *next;
};

int length(const struct node *list) {
    int n = 0;
    while (list != NULL) {
        n++;
        list = list->next;
    }
    return n;
}

int main(void) {
    struct node tail = {2, NULL};
    struct node head = {1, &tail};
    return length(&head) == 2 ? 0 : 1;
}
