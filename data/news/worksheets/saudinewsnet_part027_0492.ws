# saudinewsnet_part027_0492 (annotator26)
@P1
ORG | جامعة الإمام | p1_imamu

@P2
ORG | جامعة الإمام محمد بن سعود الإسلامية | p2_imamu
PER | فوزان بن عبدالرحمن الفوزان | p2_fawzan
ORG | قوات الطوارئ | p2_sef
GPE | أبها | p2_abha
REL | ROLE | p2_fawzan | p2_imamu
REL | LOCATED_IN | p2_sef | p2_abha

@P3
PER | الفوزان | p3_fawzan
NORP | إسلامية | p3_islamic
