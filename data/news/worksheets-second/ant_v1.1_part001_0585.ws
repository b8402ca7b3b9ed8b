# ant_v1.1_part001_0585 (second-fifth1)
@P1
ORG | الداخلية | p1_moi

@P2
ORG | الداخلية | p2_moi
PER | الهادي مجدوب | p2_majdoub
NORP | التونسيين | p2_tun1
NORP | تونسي | p2_tun2
NORP | تونسيا | p2_tun3
REL | ROLE | p2_majdoub | p2_moi

@P3
DATE | اليوم الاربعاء | p3_wed
ORG | لجنة الأمن والدفاع | p3_committee
ORG | مجلس نواب الشعب | p3_arp
PERCENT | ال30 بالمائة | p3_pct
NORP | التونسيين | p3_tun1
NORP | تونسي | p3_tun2
NORP | التونسيين | p3_tun3
NORP | تونسيا | p3_tun4
NORP | التونسيين | p3_tun5
ORG | وزارة الداخلية | p3_moi1
NORP | التونسيين | p3_tun6
ORG | وزارة الداخلية | p3_moi2
