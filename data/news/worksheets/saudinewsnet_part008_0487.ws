# saudinewsnet_part008_0487 (annotator37)
@P2
ORG | الحكومة التركية | p2_trgov
ORG | emlak kount | p2_emlak
ORG | وزارة الإسكان | p2_moh1
GPE | السعودية | p2_ksa
ORG | وزارة الإسكان | p2_moh2
ORG | صندوق التنمية العقاري | p2_redf

@P6
ORG | Stc | p6_stc

@P7
ORG | Mobily | p7_mobily

@P8
ORG | Zain | p8_zain
