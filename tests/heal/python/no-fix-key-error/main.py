PORTS = {"http": 80, "https": 443}


def port_of(scheme):
    return PORTS[scheme]


print(port_of("ftp"))
