# saudinewsnet_part022_0659 (second annotator second7)
@P1
GPE | بلجرشي | p1_baljurashi

@P2
ORG | جمعية البر الخيرية | p2_albirr
GPE | بلجرشي | p2_baljurashi
REL | LOCATED_IN | p2_albirr | p2_baljurashi

@P3
ORG | جمعية البر الخيرية | p3_albirr
GPE | بلجرشي | p3_baljurashi
REL | LOCATED_IN | p3_albirr | p3_baljurashi

@P4
DATE | هذا العام | p4_thisyear
DATE | منتصف شعبان | p4_shaban
