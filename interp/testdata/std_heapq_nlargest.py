# heapq.nlargest and nsmallest, with key= and ties, match heapq.py's algorithms (including the n >= len and n == 1 paths).
import heapq

data = [(i * 37) % 23 for i in range(50)]
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nlargest(0, data), heapq.nsmallest(-2, data))
print(heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(3, [3, 1, 2]))
words = ["kiwi", "fig", "banana", "apple", "date", "cherry", "plum", "pear"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(4, iter(words)), heapq.nlargest(2, iter(words), key=lambda w: w[-1]))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, {"b": 1, "a": 2, "c": 3}), heapq.nlargest(2, range(1000)))
