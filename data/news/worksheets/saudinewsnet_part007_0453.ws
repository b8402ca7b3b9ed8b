# saudinewsnet_part007_0453 (annotator33)
@P1
GPE | البحرين | p1_bahrain

@P2
PER | راشد بن عبدالله آل خليفة | p2_rashid1
GPE | مملكة البحرين | p2_bahrain1
REL | ROLE | p2_rashid1 | p2_bahrain1
NORP | الإيرانية | p2_iranian1
GPE | مملكة البحرين | p2_bahrain2
GPE | مملكة البحرين | p2_bahrain3
NORP | الإيرانية | p2_iranian2
GPE | مملكة البحرين | p2_bahrain4
PER | راشد | p2_rashid2
GPE | البحرين | p2_bahrain5
GPE | أيران | p2_iran
GPE | البحرين | p2_bahrain6
REL | CRITICIZES | p2_rashid2 | p2_iran
ORG | مجلس التعاون الخليجي | p2_gcc
GPE | بحرين | p2_bahrain7
NORP | الإيرانية | p2_iranian3
NORP | البحريني | p2_bahraini1
NORP | الإيرانية | p2_iranian4
GPE | قم | p2_qom
NORP | البحريني | p2_bahraini2
NORP | بحرينياً | p2_bahraini3
NORP | البحريني | p2_bahraini4
NORP | الإيرانية | p2_iranian5
GPE | البحرين | p2_bahrain8
GPE | البحرين | p2_bahrain9
