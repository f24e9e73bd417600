def next_week():
    return datetime.date.today() + datetime.timedelta(days=7)


print(next_week())
