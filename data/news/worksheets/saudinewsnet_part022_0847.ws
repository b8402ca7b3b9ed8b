# saudinewsnet_part022_0847 (annotator23)
@P1
NORP | السعوديون | p1_saudis
ORG | قوات الطوارئ | p1_sef
GPE | أبها | p1_abha
REL | LOCATED_IN | p1_sef | p1_abha

@P2
PER | فيصل بن خالد بن عبدالعزيز | p2_faisal1
GPE | عسير | p2_asir1
ORG | قوات الطوارئ الخاصة | p2_sef1
DATE | أمس الأول | p2_daybefore1
DATE | أمس | p2_yest1
FAC | جامع الملك فيصل | p2_mosque
GPE | أبها | p2_abha1
PER | فيصل بن خالد | p2_faisal2
DATE | أمس | p2_yest2
PER | فيصل بن خالد | p2_faisal3
PER | عثمان بن ناصر المحرج | p2_muharraj
ORG | الأمن العام | p2_ps1
PER | عبدالله القرني | p2_qarni
ORG | المباحث | p2_mabahith
PER | خالد بن قرار الحربي | p2_harbi
ORG | قوة الطوارئ الخاصة | p2_sef2
PER | محمد بن عبدالله أبو قرنين | p2_abuqarnain
ORG | شرطة منطقة عسير | p2_police
ORG | الأمن العام | p2_ps2
PER | فيصل بن خالد بن عبدالعزيز | p2_faisal4
GPE | عسير | p2_asir2
PER | سلمان بن عبدالعزيز | p2_salman
ORG | واس | p2_spa1
FAC | مقبرة الشرف | p2_cemetery1
GPE | أبها | p2_abha2
GPE | عسير | p2_asir3
DATE | أمس | p2_yest3
ORG | قوات الطوارئ الخاصة | p2_sef3
DATE | يوم أمس الأول | p2_daybefore2
FAC | مقبرة الشرف | p2_cemetery2
GPE | أبها | p2_abha3
GPE | عسير | p2_asir4
DATE | أمس | p2_yest4
ORG | واس | p2_spa2
REL | ROLE | p2_faisal1 | p2_asir1
REL | LOCATED_IN | p2_mosque | p2_abha1
REL | ROLE | p2_muharraj | p2_ps1
REL | ROLE | p2_qarni | p2_mabahith
REL | ROLE | p2_harbi | p2_sef2
REL | ROLE | p2_abuqarnain | p2_police
REL | ROLE | p2_faisal4 | p2_asir2
REL | LOCATED_IN | p2_cemetery1 | p2_abha2
REL | LOCATED_IN | p2_abha2 | p2_asir3
REL | LOCATED_IN | p2_cemetery2 | p2_abha3
REL | LOCATED_IN | p2_abha3 | p2_asir4
