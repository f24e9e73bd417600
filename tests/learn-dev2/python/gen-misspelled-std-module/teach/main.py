from wordfreq import top_words

TEXT = "the cat and the hat and the bat sat on the mat"

if __name__ == "__main__":
    for word, count in top_words(TEXT):
        print(f"{word:>6} {count}")
