import pytest

from jobqueue.queue import PriorityQueue


def test_order():
    q = PriorityQueue()
    q.push(5, "backup")
    q.push(1, "deploy")
    q.push(5, "cleanup")
    q.push(3, "email")
    assert [q.pop() for _ in range(len(q))] == ["deploy", "email", "backup", "cleanup"]


def test_empty():
    with pytest.raises(IndexError):
        PriorityQueue().pop()
