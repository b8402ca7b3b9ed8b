# saudinewsnet_part008_0385 (annotator19)
@P2
PER | خالد فهمي إبراهيم | p2_fahmi
NORP | العربية | p2_arab
NORP | الإسلامية | p2_islamic
PER | سعد عبدالعزيز مصلوح | p2_maslouh
PER | الجاحظ | p2_jahiz

@P4
ORG | دار المقاصد | p4_publisher

@P6
NORP | الغربية | p6_western
NORP | الإسلام | p6_islam
NORP | العربي | p6_arab_mind
NORP | العربية | p6_arabic_sciences
NORP | العربية | p6_arab_civ
NORP | العربي | p6_arab_tongue
NORP | العرب | p6_arabs

@P7
NORP | العربية | p7_arab_civ

@P8
PER | سعد مصلوح | p8_maslouh

@P9
GPE | الغاط | p9_ghat
NORP | العربية | p9_arabic
