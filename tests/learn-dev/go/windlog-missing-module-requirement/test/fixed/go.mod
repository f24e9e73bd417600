module example.org/regatta

go 1.19

require example.org/units v0.0.0

replace example.org/units => ./third_party/units
