# saudinewsnet_part008_0171 (annotator4)
@P2
PERCENT | واحد في المائة | p2_pct
DATE | أوائل عام 2010 | p2_2010
DATE | اليوم الجمعة | p2_fri
NORP | الأمريكية | p2_amer
DATE | مارس آذار | p2_march

@P3
DATE | فبراير شباط 2010 | p3_feb2010
MONEY | 1077 دولارا | p3_m1
PERCENT | 0.5 في المائة | p3_pct1
MONEY | 1096.29 دولار | p3_m2
DATE | أغسطس آب | p3_aug
NORP | الأمريكية | p3_amer
PERCENT | 0.8 في المائة | p3_pct2
MONEY | 1085.50 دولار | p3_m3

@P4
PERCENT | أربعة في المئة | p4_pct1
DATE | يوم الاثنين | p4_mon
ORG | بورصة شنغهاي للذهب | p4_sge
PERCENT | 0.2 بالمئة | p4_pct2
MONEY | 14.62 دولار | p4_m1
PERCENT | 0.6 بالمئة | p4_pct3
MONEY | 981.74 دولار | p4_m2
PERCENT | 1.1 في المئة | p4_pct4
MONEY | 621.50 دولار | p4_m3
