@P1
GPE | بلجرشي | p1_baljurashi

@P2
ORG | جمعية البر الخيرية | p2_birr
GPE | بلجرشي | p2_baljurashi
ORG | حفظ النعمة | p2_project
REL | LOCATED_IN | p2_birr | p2_baljurashi

@P3
ORG | حفظ النعمة | p3_project
ORG | جمعية البر الخيرية | p3_birr
GPE | بلجرشي | p3_baljurashi
REL | LOCATED_IN | p3_birr | p3_baljurashi

@P4
ORG | حفظ وإكرام النعمة | p4_project
DATE | هذا العام | p4_year
DATE | منتصف شعبان | p4_shaban
