from weather.station import Station


def test_headline_uses_latest_reading():
    st = Station("Harbour")
    st.record(19.0)
    st.record(21.5)
    assert st.headline() == "Harbour: 21.5 C"
