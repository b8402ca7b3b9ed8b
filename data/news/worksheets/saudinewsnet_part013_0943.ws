# saudinewsnet_part013_0943 (annotator41)
@P1
GPE | بيشة | p1_bisha

@P2
PER | سعود الدعجاني | p2_dajani
ORG | سبق | p2_sabq
GPE | بيشة | p2_bisha1
REL | ROLE | p2_dajani | p2_sabq
GPE | بيشة | p2_bisha2
PER | سعيد الحارثي | p2_harthi
GPE | بيشة | p2_bisha3
