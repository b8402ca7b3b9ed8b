# ant_v1.1_part000_2075 (annotator41)
@P1
GPE | واشنطن | p1_washington
MONEY | 10 ملايين دولار | p1_money
ORG | جبهة النصرة | p1_nusra

@P2
GPE | الولايات المتحدة | p2_us
MONEY | 10 ملايين دولار | p2_money
PER | أبو محمد الجولاني | p2_jolani
ORG | جبهة النصرة | p2_nusra
REL | ROLE | p2_jolani | p2_nusra
GPE | واشنطن | p2_washington
REL | CRITICIZES | p2_washington | p2_nusra

@P3
ORG | صوت أمريكا | p3_voa1
DATE | الأربعاء | p3_wed
NORP | الإنجليزية | p3_english
ORG | الخارجية الأمريكية | p3_state
ORG | جوائز مقابل العدالة | p3_rfj
GPE | واشنطن | p3_washington
PER | الجولاني | p3_jolani1
DATE | عام 2013 | p3_2013
REL | CRITICIZES | p3_washington | p3_jolani1
ORG | صوت أمريكا | p3_voa2
PER | الجولانى | p3_jolani2
NORP | سوري | p3_syrian
ORG | جبهة النصرة | p3_nusra1
REL | ROLE | p3_jolani2 | p3_nusra1
ORG | فتح الشام | p3_fateh
ORG | جبهة النصرة | p3_nusra2
ORG | القاعدة | p3_qaeda
DATE | العام الماضي | p3_lastyear
