"""ctypes releases the GIL around each foreign call (CDLL, not PyDLL): other
Python threads run while the C library works, and concurrent calls from many
threads give the same results as sequential ones."""
import ctypes
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import unspoof

PARA = "Robert Plaпt stepped qυietly throυgh the door, 𝐟𝐫𝐞𝐞 tick\u200bets, Привет мир.\n\n"


def test_gil_released_during_c_call():
    def c_call(text):
        need = ctypes.c_size_t()
        unspoof._lib.lib.unspoof_clean_buffer(None, text, len(text), None, 0, ctypes.byref(need))

    # Text large enough that the C call below takes a while (at least
    # ~0.15 s): 3.5 MB to start, doubled while the library is faster.
    reps = 40000
    while True:
        big = (PARA * reps).encode()
        t0 = time.perf_counter()
        c_call(big)
        single = time.perf_counter() - t0
        if single >= 0.15 or reps >= 40000 * 32:
            break
        reps *= 2
    window = {}
    ticks = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            ticks.append(time.perf_counter())

    th = threading.Thread(target=spin)
    th.start()
    try:
        # the call itself: no Python code of this thread runs between a and b
        for _ in range(3):
            window["a"] = time.perf_counter()
            c_call(big)
            window["b"] = time.perf_counter()
    finally:
        stop.set()
        th.join()
    a, b = window["a"], window["b"]
    inside = [t for t in ticks if a + (b - a) * 0.1 < t < b - (b - a) * 0.1]
    # With the GIL held the spinning thread could not record anything inside
    # the window (apart from the switch interval at its edges).
    assert b - a > 0.05, "call too short to observe"
    assert len(inside) > 100, (len(inside), b - a, single)


def test_threads_agree_with_sequential():
    texts = [(PARA * (i + 1) + "word%d" % i).encode() for i in range(32)] + \
            [PARA[i:] * 3 for i in range(32)]
    seq = [(unspoof.scan(t).to_json("x"), unspoof.clean(t).text) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as ex:
        for _ in range(3):
            par = list(ex.map(lambda t: (unspoof.scan(t).to_json("x"), unspoof.clean(t).text),
                              texts))
            assert par == seq
    with ThreadPoolExecutor(max_workers=8) as ex:
        got = list(ex.map(lambda w: unspoof.check(w).to_json(), ["pаypal", "scope", "ab1١"] * 50))
    assert got == [unspoof.check(w).to_json() for w in ["pаypal", "scope", "ab1١"] * 50]
