# ant_v1.1_part000_1273 (annotator15)
@P1
PER | نتنياهو | p1_netanyahu

@P2
NORP | الإسرائيلي | p2_isr_adj1
PER | بنيامين نتنياهو | p2_netanyahu
DATE | السبت | p2_sat
ORG | الأمم المتحدة | p2_un
ORG | مجلس الأمن | p2_unsc
NORP | الإسرائيلي | p2_isr_adj2
NORP | الفلسطينية | p2_pal_adj
REL | ROLE | p2_netanyahu | p2_isr_adj1

@P3
PER | نتنياهو | p3_netanyahu1
DATE | عيد الأنوار | p3_hanukkah1
DATE | حانوكا | p3_hanukkah2
GPE | إسرائيل | p3_israel1
ORG | أمم المتحدة | p3_un1
MONEY | 7.8 مليون دولار | p3_money
PER | نتنياهو | p3_netanyahu2
GPE | إسرائيل | p3_israel2
ORG | مجلس الأمن | p3_unsc1
REL | CRITICIZES | p3_netanyahu2 | p3_unsc1
PER | نتنياهو | p3_netanyahu3
ORG | الأمم المتحدة | p3_un2
GPE | الولايات المتحدة | p3_us1
GPE | إسرائيل | p3_israel3
NORP | الأمريكي | p3_us_adj1
PER | دونالد ترامب | p3_trump1
REL | ROLE | p3_trump1 | p3_us_adj1
ORG | مجلس الأمن الدولي | p3_unsc2
GPE | نيويورك | p3_ny
DATE | أمس الجمعة | p3_fri1
GPE | إسرائيل | p3_israel4
NORP | الفلسطينية | p3_pal_adj
GPE | الولايات المتحدة | p3_us2
GPE | إسرائيل | p3_israel5
REL | LOCATED_IN | p3_unsc2 | p3_ny
REL | CRITICIZES | p3_unsc2 | p3_israel4
GPE | ماليزيا | p3_malaysia
GPE | السنغال | p3_senegal
GPE | فنزويلا | p3_venezuela
GPE | نيوزيلندا | p3_nz
DATE | الجمعة | p3_fri2
ORG | مجلس الأمن | p3_unsc3
GPE | مصر | p3_egypt1
GPE | إسرائيل | p3_israel6
NORP | الأمريكي | p3_us_adj2
PER | دونالد ترامب | p3_trump2
REL | ROLE | p3_trump2 | p3_us_adj2
GPE | مصر | p3_egypt2
ORG | مجلس الأمن | p3_unsc4
