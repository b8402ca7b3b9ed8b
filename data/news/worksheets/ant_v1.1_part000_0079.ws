# ant_v1.1_part000_0079 (annotator55)
@P1
ORG | السفير | p1_safir
NORP | اللبنانية | p1_lebanese

@P2
ORG | السفير | p2_safir
NORP | اللبنانية | p2_lebanese
GPE | لبنان | p2_lebanon
LOC | العالم العربي | p2_arabworld
DATE | أمس السبت | p2_saturday

@P3
DATE | العام 1974 | p3_1974
GPE | لبنان | p3_lebanon1          # "الحرب الأهلية في لبنان": descriptive phrase with a preposition, no EVENT
DATE | 1975-1990 | p3_range
ORG | السفير | p3_safir1            # the paper's own name inside its front-page headline
GPE | لبنان | p3_lebanon2
ORG | السفير | p3_safir2
GPE | لبنان | p3_lebanon3
NORP | العربي | p3_arab
ORG | السفير | p3_safir3
DATE | شهر مارس | p3_march
