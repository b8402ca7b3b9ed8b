# saudinewsnet_part012_0223 (annotator54)
# P1 names nothing ("أكبر غابة ... في العالم" is a description)
@P2
NORP | بنغالي | p2_bengali1              # "نمر بنغالي" (Bengal tiger): a group adjective on a common noun
GPE | بنغلاديش | p2_bangladesh1
LOC | سونداربانس | p2_sundarbans          # "غابة" dropped: the name stands alone in P3, P4
REL | LOCATED_IN | p2_sundarbans | p2_bangladesh1   # "الجزء الواقع في بنغلاديش من غابة سونداربانس"
ORG | البنك الدولي | p2_wb
GPE | الصين | p2_china
NORP | البنغالية | p2_bengali2
GPE | بنغلاديش | p2_bangladesh2

@P3
LOC | سونداربانس | p3_sundarbans
GPE | بنغلاديش | p3_bangladesh

@P4
LOC | سونداربانس | p4_sundarbans
GPE | بنغلاديش | p4_bangladesh
REL | LOCATED_IN | p4_sundarbans | p4_bangladesh   # "في سونداربانس في بنغلاديش"

@P5
DATE | عام 2014 | p5_2014
GPE | بنغلاديش | p5_bangladesh
PER | منير خان | p5_khan                    # "خبير علم الحيوان" is a profession: no ROLE
ORG | الهيئة الوطنية الهندية للحفاظ على النمور | p5_ntca   # a public body, nationality kept inside its name
LOC | سونداربانس | p5_sundarbans
NORP | الهندي | p5_indian
