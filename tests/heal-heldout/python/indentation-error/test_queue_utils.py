from queue_utils import BoundedQueue


def test_drops_oldest():
    q = BoundedQueue(2)
    assert q.push(1) is None
    assert q.push(2) is None
    assert q.push(3) == 1
    assert list(q.items) == [2, 3]
    assert len(q) == 2
